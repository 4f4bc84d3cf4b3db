import Foundation

/// The dossier figures a report quotes for its period, in the terms of the six-month reference
/// ("Tổng số hồ sơ tiếp nhận là …, trong đó …"). Kept apart from the dossier statistics so the
/// report does not depend on how those are computed; the caller maps one onto the other.
public struct ReportDossierFigures: Codable, Sendable, Equatable {
    /// Received during the period.
    public var receivedInPeriod: Int
    /// Still open at the start of the period.
    public var carriedOver: Int
    /// Of `receivedInPeriod`: submitted online.
    public var online: Int
    /// Of `receivedInPeriod`: submitted at the counter or by post.
    public var direct: Int
    /// Finished before their due date.
    public var early: Int
    /// Finished on their due date.
    public var onTime: Int
    /// Finished after their due date, by field ("đất đai", "bảo trợ xã hội"); `late` is their sum.
    public var lateByField: [ReportFieldCount]
    /// Refused with reasons.
    public var rejected: Int
    /// Withdrawn by the applicant.
    public var withdrawn: Int
    /// Open at the end of the period.
    public var inProgress: Int
    /// Of `inProgress`: already past their due date.
    public var inProgressLate: Int
    /// The days counted, when clipped from the period's cut-off range (`ReportDossierRange`).
    public var range: DayRange?
    /// Procedures and dossiers by online service level (the annual report's table); nil when not read.
    public var byLevel: DossierStatistics.ByLevel?
    public var onlinePayment: DossierStatistics.OnlinePayment?
    /// Procedures that had dossiers, most dossiers first.
    public var procedures: [ReportProcedureActivity]?

    public init(receivedInPeriod: Int, carriedOver: Int, online: Int, direct: Int, early: Int, onTime: Int,
                lateByField: [ReportFieldCount], rejected: Int, withdrawn: Int, inProgress: Int, inProgressLate: Int = 0,
                range: DayRange? = nil, byLevel: DossierStatistics.ByLevel? = nil,
                onlinePayment: DossierStatistics.OnlinePayment? = nil, procedures: [ReportProcedureActivity]? = nil) {
        self.receivedInPeriod = receivedInPeriod
        self.carriedOver = carriedOver
        self.online = online
        self.direct = direct
        self.early = early
        self.onTime = onTime
        self.lateByField = lateByField
        self.rejected = rejected
        self.withdrawn = withdrawn
        self.inProgress = inProgress
        self.inProgressLate = inProgressLate
        self.range = range
        self.byLevel = byLevel
        self.onlinePayment = onlinePayment
        self.procedures = procedures
    }

    public var receivedTotal: Int { receivedInPeriod + carriedOver }
    public var earlyOrOnTime: Int { early + onTime }
    public var late: Int { lateByField.reduce(0) { $0 + $1.count } }
    /// Everything finished, whatever the outcome — the reference's "tổng số hồ sơ đã giải quyết".
    public var resolved: Int { earlyOrOnTime + late + rejected + withdrawn }
    /// Early or on time over all resolved, 0…100: the reference's 5792 / 5839 = 99,2%.
    public var onTimeRate: Double? { resolved == 0 ? nil : Double(earlyOrOnTime) * 100 / Double(resolved) }
    /// Online over received in the period, 0…100.
    public var onlineRate: Double? { receivedInPeriod == 0 ? nil : Double(online) * 100 / Double(receivedInPeriod) }
    public var inProgressWithinDeadline: Int { inProgress - inProgressLate }
}

/// "02 hồ sơ đất đai": a count in one field, the field named as the sentence should read it.
public struct ReportFieldCount: Codable, Sendable, Equatable {
    public var field: String
    public var count: Int

    public init(field: String, count: Int) {
        self.field = field
        self.count = count
    }
}
