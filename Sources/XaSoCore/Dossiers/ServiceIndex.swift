import Foundation

/// The index of service to citizens and businesses (Decision 766/QĐ-TTg, 2022): 100 points in five
/// groups (công khai minh bạch 18, tiến độ giải quyết 20, số hóa hồ sơ 22, dịch vụ trực tuyến 22,
/// mức độ hài lòng 18). Each component is a rate — counted from the dossier ledger, or entered as a
/// figure where the ledger cannot tell — scored linearly up to its threshold:
/// score = min(points, points × rate ÷ threshold). The split of points inside a group and the
/// thresholds are XaSo's default (RULES.md marks them unconfirmed), kept as data a province edits.
public struct ServiceIndexModel: Sendable, Codable, Equatable {
    public var source: String
    public var groups: [Group]

    public struct Group: Sendable, Codable, Equatable {
        public var code: String
        public var name: String
        public var points: Double
        public var components: [Component]
    }

    public struct Component: Sendable, Codable, Equatable {
        public var code: String
        public var name: String
        public var points: Double
        /// The rate (percent) at which the component earns all its points.
        public var threshold: Double
        /// Counted from the ledger…
        public var ledger: LedgerMeasure?
        /// …or entered as the figure of this indicator.
        public var figure: String?
    }

    /// The rates the ledger's statistics give.
    public enum LedgerMeasure: String, Sendable, Codable, CaseIterable {
        case onTimeResolution = "on_time_resolution"
        case onlineDossiers = "online_dossiers"
        case onlineProcedures = "online_procedures"
        case feeProceduresOnlinePayment = "fee_procedures_online_payment"
        case feeDossiersPaidOnline = "fee_dossiers_paid_online"
        case timelyEntry = "timely_entry"
        case digitised
        case reusedDigitalData = "reused_digital_data"

        public func rate(_ s: DossierStatistics) -> DossierRate {
            switch self {
            case .onTimeResolution: return s.onTimeRate
            case .onlineDossiers: return s.onlineRate
            case .onlineProcedures: return s.byLevel.onlineProcedureRate
            case .feeProceduresOnlinePayment: return s.onlinePayment.procedureRate
            case .feeDossiersPaidOnline: return s.onlinePayment.dossierRate
            case .timelyEntry: return DossierRate(numerator: s.receivedInPeriod - s.lateEntry, denominator: s.receivedInPeriod)
            case .digitised: return s.digitisation.digitisedRate
            case .reusedDigitalData: return s.digitisation.reuseRate
            }
        }
    }

    /// The model shipped with XaSo (`Resources/service-index.json`).
    public static func official() throws -> ServiceIndexModel {
        guard let url = Bundle.module.url(forResource: "service-index", withExtension: "json") else {
            throw CatalogError.missingResource("service-index.json")
        }
        return try decode(Data(contentsOf: url))
    }

    /// Reads and checks a model: groups' points add up to 100, each group's components to the
    /// group, thresholds in (0, 100], each component fed by exactly one source.
    public static func decode(_ data: Data) throws -> ServiceIndexModel {
        let model: ServiceIndexModel
        do { model = try JSONDecoder().decode(ServiceIndexModel.self, from: data) } catch {
            throw AppError(.invalid, code: .serviceIndexUnreadable, message: "the service index model is not valid JSON: \(error)",
                           vietnamese: "Cấu hình Bộ chỉ số phục vụ không đọc được.")
        }
        try model.validate()
        return model
    }

    public func validate() throws {
        func fail(_ english: String, _ vietnamese: String) -> AppError {
            AppError(.invalid, code: .serviceIndexInvalid, message: english, vietnamese: vietnamese)
        }
        let total = groups.reduce(0) { $0 + $1.points }
        guard abs(total - 100) < 1e-9 else {
            throw fail("the groups' points add up to \(total), not 100", "Tổng điểm các nhóm là \(total), phải bằng 100.")
        }
        for g in groups {
            let sum = g.components.reduce(0) { $0 + $1.points }
            guard abs(sum - g.points) < 1e-9 else {
                throw fail("group \(g.code): components add up to \(sum), not \(g.points)",
                           "Nhóm “\(g.name)”: tổng điểm các thành phần là \(sum), phải bằng \(g.points).")
            }
            for c in g.components {
                guard c.threshold > 0, c.threshold <= 100 else {
                    throw fail("component \(c.code): threshold \(c.threshold) is not in (0, 100]",
                               "Thành phần “\(c.name)”: ngưỡng \(c.threshold) phải lớn hơn 0 và không quá 100.")
                }
                guard (c.ledger == nil) != (c.figure == nil) else {
                    throw fail("component \(c.code) needs exactly one of 'ledger' and 'figure'",
                               "Thành phần “\(c.name)” phải lấy số liệu từ sổ hồ sơ hoặc từ một chỉ tiêu nhập, không cả hai.")
                }
            }
        }
    }

    /// The indicators whose entered figures the model reads.
    public var figureCodes: [String] { groups.flatMap { $0.components.compactMap(\.figure) } }

    /// Scores a commune's period from its ledger statistics and entered figures (percent by indicator code).
    public func score(statistics: DossierStatistics, figures: [String: Double]) -> ServiceIndexScore {
        var groupScores: [ServiceIndexScore.GroupScore] = []
        for g in groups {
            var parts: [ServiceIndexScore.ComponentScore] = []
            for c in g.components {
                var part = ServiceIndexScore.ComponentScore(code: c.code, name: c.name, points: c.points, threshold: c.threshold,
                                                            source: c.ledger != nil ? "ledger" : "figure")
                if let measure = c.ledger {
                    let rate = measure.rate(statistics)
                    part.rate = rate.percent
                    part.numerator = rate.numerator
                    part.denominator = rate.denominator
                } else if let code = c.figure {
                    part.indicatorCode = code
                    part.rate = figures[code]
                }
                if let rate = part.rate {
                    part.score = ServiceIndexScore.rounded(min(c.points, c.points * rate / c.threshold))
                }
                parts.append(part)
            }
            groupScores.append(ServiceIndexScore.GroupScore(code: g.code, name: g.name, points: g.points, components: parts))
        }
        return ServiceIndexScore(groups: groupScores)
    }
}

/// A commune's index for a period: each component's rate and score, each group's sum, the total
/// of what could be scored and the points that had data (a component with no data scores nothing
/// and is named, rather than counted as 0 %).
public struct ServiceIndexScore: Sendable, Codable, Equatable {
    public var groups: [GroupScore]

    public struct GroupScore: Sendable, Codable, Equatable {
        public var code: String
        public var name: String
        public var points: Double
        public var components: [ComponentScore]

        public var score: Double { ServiceIndexScore.rounded(components.reduce(0) { $0 + ($1.score ?? 0) }) }
        public var attainable: Double { components.reduce(0) { $0 + ($1.score == nil ? 0 : $1.points) } }

        enum CodingKeys: String, CodingKey { case code, name, points, components, score, attainable }

        public init(code: String, name: String, points: Double, components: [ComponentScore]) {
            self.code = code
            self.name = name
            self.points = points
            self.components = components
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(code: try c.decode(String.self, forKey: .code), name: try c.decode(String.self, forKey: .name),
                      points: try c.decode(Double.self, forKey: .points),
                      components: try c.decode([ComponentScore].self, forKey: .components))
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(code, forKey: .code)
            try c.encode(name, forKey: .name)
            try c.encode(points, forKey: .points)
            try c.encode(components, forKey: .components)
            try c.encode(score, forKey: .score)
            try c.encode(attainable, forKey: .attainable)
        }
    }

    public struct ComponentScore: Sendable, Codable, Equatable {
        public var code: String
        public var name: String
        public var points: Double
        public var threshold: Double
        /// "ledger" or "figure".
        public var source: String
        public var indicatorCode: String?
        /// Percent; nil when there is no data (no dossier, or the figure was not entered).
        public var rate: Double?
        public var numerator: Int?
        public var denominator: Int?
        public var score: Double?

        public init(code: String, name: String, points: Double, threshold: Double, source: String) {
            self.code = code
            self.name = name
            self.points = points
            self.threshold = threshold
            self.source = source
        }

        enum CodingKeys: String, CodingKey {
            case code, name, points, threshold, source, rate, numerator, denominator, score
            case indicatorCode = "indicator_code"
        }
    }

    /// Points scored (of 100).
    public var total: Double { Self.rounded(groups.reduce(0) { $0 + $1.score }) }
    /// Points of the components that had data: the index is `total` of these.
    public var attainable: Double { groups.reduce(0) { $0 + $1.attainable } }
    /// Components that could not be scored, for the page and the report to name.
    public var missing: [ComponentScore] { groups.flatMap { $0.components.filter { $0.score == nil } } }

    static func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }

    enum CodingKeys: String, CodingKey { case groups, total, attainable }

    public init(groups: [GroupScore]) { self.groups = groups }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        groups = try c.decode([GroupScore].self, forKey: .groups)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(total, forKey: .total)
        try c.encode(attainable, forKey: .attainable)
        try c.encode(groups, forKey: .groups)
    }
}
