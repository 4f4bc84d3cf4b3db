import Foundation

/// The dossier figures of one commune (or a roll-up) over an inclusive range of
/// local days, as the six-month CCHC report states them. Definitions are in
/// docs/dossiers.md; `compute(procedures:dossiers:range:)` is the reference.
///
/// Counts that are sums of others (`receivedTotal`, `resolved`) and the rates
/// are derived, so they cannot drift from their parts. JSON uses the snake_case
/// keys of issue 4 (`received_total` … `online_payment`), plus `post` so that
/// `online + direct + post = received_in_period`.
public struct DossierStatistics: Sendable, Hashable {
    /// Hồ sơ tiếp nhận trong kỳ: received on a day in [from, to].
    public var receivedInPeriod: Int
    /// Hồ sơ từ kỳ trước: received before `from` and not finished before `from`.
    public var carriedOver: Int
    /// Received in the period through each channel; they add up to `receivedInPeriod`.
    public var online: Int
    public var direct: Int
    public var post: Int
    /// Finished in [from, to] with the result returned, by calendar day against the due day.
    public var early: Int
    public var onTime: Int
    public var late: Int
    /// `late` by procedure field (lĩnh vực), fields with no late dossier left out.
    public var lateByField: [String: Int]
    /// Finished in [from, to] as refused / withdrawn.
    public var rejected: Int
    public var withdrawn: Int
    /// Of the dossiers to handle, not finished by the end of `to`.
    public var inProgress: Int
    /// Of `inProgress`, past their due day at `to` (quá hạn); the rest are within deadline (trong hạn).
    public var inProgressLate: Int
    /// Received in the period but keyed into the system on a later day.
    public var lateEntry: Int
    public var byLevel: ByLevel
    public var onlinePayment: OnlinePayment
    /// Digitisation of the dossiers received in the period, where the export says (Decision 766).
    public var digitisation = Digitisation()

    public init(receivedInPeriod: Int = 0, carriedOver: Int = 0, online: Int = 0, direct: Int = 0, post: Int = 0,
                early: Int = 0, onTime: Int = 0, late: Int = 0, lateByField: [String: Int] = [:],
                rejected: Int = 0, withdrawn: Int = 0, inProgress: Int = 0, inProgressLate: Int = 0,
                lateEntry: Int = 0, byLevel: ByLevel = ByLevel(), onlinePayment: OnlinePayment = OnlinePayment()) {
        self.receivedInPeriod = receivedInPeriod
        self.carriedOver = carriedOver
        self.online = online
        self.direct = direct
        self.post = post
        self.early = early
        self.onTime = onTime
        self.late = late
        self.lateByField = lateByField
        self.rejected = rejected
        self.withdrawn = withdrawn
        self.inProgress = inProgress
        self.inProgressLate = inProgressLate
        self.lateEntry = lateEntry
        self.byLevel = byLevel
        self.onlinePayment = onlinePayment
    }

    public static let zero = DossierStatistics()

    /// Tổng số hồ sơ tiếp nhận (5892 = 5805 + 87).
    public var receivedTotal: Int { receivedInPeriod + carriedOver }

    /// Tổng số hồ sơ đã giải quyết (5839 = 5792 + 5 + 13 + 29): everything that
    /// finished in the range, refused and withdrawn included.
    public var resolved: Int { early + onTime + late + rejected + withdrawn }

    /// Trước hạn và đúng hạn (5792).
    public var earlyOrOnTime: Int { early + onTime }

    /// Đang giải quyết trong hạn.
    public var inProgressWithinDeadline: Int { inProgress - inProgressLate }

    /// Tỷ lệ hồ sơ trực tuyến: online ÷ received in the period (5805/5805 = 100%).
    public var onlineRate: DossierRate { DossierRate(numerator: online, denominator: receivedInPeriod) }

    /// Tỷ lệ giải quyết trước hạn và đúng hạn: (early + on time) ÷ resolved (5792/5839 = 99,2%).
    public var onTimeRate: DossierRate { DossierRate(numerator: earlyOrOnTime, denominator: resolved) }

    /// Counts by online service level, over the catalogue and the dossiers received in the period.
    public struct ByLevel: Sendable, Hashable, Codable {
        public var toanTrinh: LevelCount
        public var motPhan: LevelCount
        public var trucTiep: LevelCount

        public init(toanTrinh: LevelCount = LevelCount(), motPhan: LevelCount = LevelCount(),
                    trucTiep: LevelCount = LevelCount()) {
            self.toanTrinh = toanTrinh
            self.motPhan = motPhan
            self.trucTiep = trucTiep
        }

        public subscript(level: OnlineServiceLevel) -> LevelCount {
            get {
                switch level {
                case .full: return toanTrinh
                case .partial: return motPhan
                case .direct: return trucTiep
                }
            }
            set {
                switch level {
                case .full: toanTrinh = newValue
                case .partial: motPhan = newValue
                case .direct: trucTiep = newValue
                }
            }
        }

        public var procedures: Int { toanTrinh.procedures + motPhan.procedures + trucTiep.procedures }

        /// Procedures offered online (full or partial) ÷ all procedures of the catalogue.
        public var onlineProcedureRate: DossierRate {
            DossierRate(numerator: toanTrinh.procedures + motPhan.procedures, denominator: procedures)
        }

        /// Procedures offered fully online ÷ all procedures of the catalogue.
        public var fullOnlineProcedureRate: DossierRate {
            DossierRate(numerator: toanTrinh.procedures, denominator: procedures)
        }

        enum CodingKeys: String, CodingKey {
            case toanTrinh = "toan_trinh"
            case motPhan = "mot_phan"
            case trucTiep = "truc_tiep"
        }
    }

    public struct LevelCount: Sendable, Hashable, Codable {
        /// Procedures of the catalogue at this level.
        public var procedures: Int
        /// Of those, procedures with at least one dossier received in the period.
        public var proceduresWithDossiers: Int
        /// Dossiers received in the period for procedures at this level.
        public var dossiers: Int

        public init(procedures: Int = 0, proceduresWithDossiers: Int = 0, dossiers: Int = 0) {
            self.procedures = procedures
            self.proceduresWithDossiers = proceduresWithDossiers
            self.dossiers = dossiers
        }

        /// Procedures with at least one dossier ÷ procedures at this level.
        public var proceduresWithDossiersRate: DossierRate {
            DossierRate(numerator: proceduresWithDossiers, denominator: procedures)
        }

        enum CodingKeys: String, CodingKey {
            case procedures, dossiers
            case proceduresWithDossiers = "procedures_with_dossiers"
        }
    }

    /// Of the dossiers received in the period whose export states it: how many were digitised, and
    /// how many reused data digitised before. Dossiers whose export is silent count in neither.
    public struct Digitisation: Sendable, Hashable, Codable {
        public var stated: Int
        public var digitised: Int
        public var reuseStated: Int
        public var reused: Int

        public init(stated: Int = 0, digitised: Int = 0, reuseStated: Int = 0, reused: Int = 0) {
            self.stated = stated
            self.digitised = digitised
            self.reuseStated = reuseStated
            self.reused = reused
        }

        public var digitisedRate: DossierRate { DossierRate(numerator: digitised, denominator: stated) }
        public var reuseRate: DossierRate { DossierRate(numerator: reused, denominator: reuseStated) }

        enum CodingKeys: String, CodingKey {
            case stated, digitised, reused
            case reuseStated = "reuse_stated"
        }
    }

    public struct OnlinePayment: Sendable, Hashable, Codable {
        /// TTHC có yêu cầu nghĩa vụ tài chính: catalogue procedures with a fee (10).
        public var feeProcedures: Int
        /// Of those, integrated with online payment on the national portal (10).
        public var feeProceduresWithOnlinePayment: Int
        /// Dossiers received in the period whose fee was paid online.
        public var dossiersPaidOnline: Int
        /// Dossiers received in the period for a fee procedure.
        public var feeDossiers: Int

        public init(feeProcedures: Int = 0, feeProceduresWithOnlinePayment: Int = 0,
                    dossiersPaidOnline: Int = 0, feeDossiers: Int = 0) {
            self.feeProcedures = feeProcedures
            self.feeProceduresWithOnlinePayment = feeProceduresWithOnlinePayment
            self.dossiersPaidOnline = dossiersPaidOnline
            self.feeDossiers = feeDossiers
        }

        /// Fee procedures with online payment ÷ fee procedures (10/10).
        public var procedureRate: DossierRate {
            DossierRate(numerator: feeProceduresWithOnlinePayment, denominator: feeProcedures)
        }

        /// Fee dossiers paid online ÷ fee dossiers.
        public var dossierRate: DossierRate {
            DossierRate(numerator: dossiersPaidOnline, denominator: feeDossiers)
        }

        enum CodingKeys: String, CodingKey {
            case feeProcedures = "fee_procedures"
            case feeProceduresWithOnlinePayment = "fee_procedures_with_online_payment"
            case dossiersPaidOnline = "dossiers_paid_online"
            case feeDossiers = "fee_dossiers"
        }
    }
}

extension DossierStatistics: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case receivedTotal = "received_total"
        case receivedInPeriod = "received_in_period"
        case carriedOver = "carried_over"
        case online, direct, post
        case onlineRate = "online_rate"
        case resolved, early
        case onTime = "on_time"
        case late
        case onTimeRate = "on_time_rate"
        case lateByField = "late_by_field"
        case rejected, withdrawn
        case inProgress = "in_progress"
        case inProgressLate = "in_progress_late"
        case lateEntry = "late_entry"
        case byLevel = "by_level"
        case onlinePayment = "online_payment"
        case digitisation
    }

    /// Derived keys (totals, rates) are written for readers and recomputed on reading.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            receivedInPeriod: try c.decode(Int.self, forKey: .receivedInPeriod),
            carriedOver: try c.decode(Int.self, forKey: .carriedOver),
            online: try c.decode(Int.self, forKey: .online),
            direct: try c.decode(Int.self, forKey: .direct),
            post: try c.decode(Int.self, forKey: .post),
            early: try c.decode(Int.self, forKey: .early),
            onTime: try c.decode(Int.self, forKey: .onTime),
            late: try c.decode(Int.self, forKey: .late),
            lateByField: try c.decode([String: Int].self, forKey: .lateByField),
            rejected: try c.decode(Int.self, forKey: .rejected),
            withdrawn: try c.decode(Int.self, forKey: .withdrawn),
            inProgress: try c.decode(Int.self, forKey: .inProgress),
            inProgressLate: try c.decode(Int.self, forKey: .inProgressLate),
            lateEntry: try c.decode(Int.self, forKey: .lateEntry),
            byLevel: try c.decode(ByLevel.self, forKey: .byLevel),
            onlinePayment: try c.decode(OnlinePayment.self, forKey: .onlinePayment))
        // Absent from figures written before digitisation was counted.
        digitisation = try c.decodeIfPresent(Digitisation.self, forKey: .digitisation) ?? Digitisation()
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(receivedTotal, forKey: .receivedTotal)
        try c.encode(receivedInPeriod, forKey: .receivedInPeriod)
        try c.encode(carriedOver, forKey: .carriedOver)
        try c.encode(online, forKey: .online)
        try c.encode(direct, forKey: .direct)
        try c.encode(post, forKey: .post)
        try c.encode(onlineRate, forKey: .onlineRate)
        try c.encode(resolved, forKey: .resolved)
        try c.encode(early, forKey: .early)
        try c.encode(onTime, forKey: .onTime)
        try c.encode(late, forKey: .late)
        try c.encode(onTimeRate, forKey: .onTimeRate)
        try c.encode(lateByField, forKey: .lateByField)
        try c.encode(rejected, forKey: .rejected)
        try c.encode(withdrawn, forKey: .withdrawn)
        try c.encode(inProgress, forKey: .inProgress)
        try c.encode(inProgressLate, forKey: .inProgressLate)
        try c.encode(lateEntry, forKey: .lateEntry)
        try c.encode(byLevel, forKey: .byLevel)
        try c.encode(onlinePayment, forKey: .onlinePayment)
        try c.encode(digitisation, forKey: .digitisation)
    }
}
