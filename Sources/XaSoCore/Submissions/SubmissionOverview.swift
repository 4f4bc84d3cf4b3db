import Foundation

/// One commune's line in the province's table.
public struct CommuneSubmission: Sendable, Equatable {
    public var unitCode: String
    public var name: String
    public var state: SubmissionState
    public var submittedAt: Date?
    /// Nil until the commune has submitted.
    public var onTime: Bool?
    /// Share of the expected figures entered, 0…1.
    public var completeness: Double
    public var entered: Int
    public var reason: String?

    public var vietnameseState: String { state.vietnamese(onTime: onTime) }
}

/// A province's submissions for one period: a line per commune and the counts over them.
public struct SubmissionOverview: Sendable, Equatable {
    public var provinceCode: String
    public var period: ReportingPeriod
    public var deadline: LocalDay
    /// Figures expected of every commune (indicator codes).
    public var expectedIndicators: [String]
    public var communes: [CommuneSubmission]

    /// Communes expected to submit: every commune of the province.
    public var expected: Int { communes.count }
    /// Communes whose submission stands (submitted or approved); a returned one must come again.
    public var submitted: Int { communes.filter { $0.state == .submitted || $0.state == .approved }.count }
    /// Of those, the ones that came by the deadline.
    public var onTime: Int { communes.filter { ($0.state == .submitted || $0.state == .approved) && $0.onTime == true }.count }

    /// Builds the lines from what is stored: the communes (code, name), their records, and which
    /// expected figures each has entered.
    public static func build(provinceCode: String, period: ReportingPeriod, deadline: LocalDay,
                             communes: [(code: String, name: String)], expectedIndicators: [String],
                             records: [String: SubmissionRecord], entered: [String: Set<String>]) -> SubmissionOverview {
        let expected = Set(expectedIndicators)
        let lines = communes.map { commune -> CommuneSubmission in
            let record = records[commune.code]
            let count = entered[commune.code, default: []].intersection(expected).count
            let state = SubmissionRules.state(record: record, enteredFigures: count)
            let submittedAt = state.isDecided ? record?.submittedAt : nil
            return CommuneSubmission(unitCode: commune.code, name: commune.name, state: state, submittedAt: submittedAt,
                                     onTime: SubmissionRules.onTime(submittedAt: submittedAt, deadline: deadline),
                                     completeness: SubmissionRules.completeness(entered: count, expected: expected.count),
                                     entered: count, reason: state == .returned ? record?.reason : nil)
        }
        return SubmissionOverview(provinceCode: provinceCode, period: period, deadline: deadline,
                                  expectedIndicators: expectedIndicators, communes: lines)
    }
}

/// What a commune still owes for a period, by the department that leads each missing figure.
public struct SubmissionReminder: Sendable, Equatable {
    public struct Owed: Sendable, Equatable {
        public var department: String
        public var indicatorCodes: [String]
    }

    public var unitCode: String
    public var name: String
    public var state: SubmissionState
    public var owed: [Owed]

    /// Department named for a figure whose indicator has no owner.
    public static let unassigned = "Chưa phân công"

    /// Communes that have not submitted (not started, in progress, returned), each with the
    /// expected figures it has not entered, grouped by lead department in the indicators' order.
    public static func list(_ overview: SubmissionOverview, indicators: [Indicator],
                            entered: [String: Set<String>]) -> [SubmissionReminder] {
        let expected = indicators.filter { overview.expectedIndicators.contains($0.code) }
        return overview.communes.filter { $0.state == .notStarted || $0.state == .inProgress || $0.state == .returned }
            .map { commune in
                let have = entered[commune.unitCode, default: []]
                var order: [String] = []
                var byDepartment: [String: [String]] = [:]
                for ind in expected where !have.contains(ind.code) {
                    let dept = ind.leadOwner ?? unassigned
                    if byDepartment[dept] == nil { order.append(dept) }
                    byDepartment[dept, default: []].append(ind.code)
                }
                return SubmissionReminder(unitCode: commune.unitCode, name: commune.name, state: commune.state,
                                          owed: order.map { Owed(department: $0, indicatorCodes: byDepartment[$0]!) })
            }
    }
}
