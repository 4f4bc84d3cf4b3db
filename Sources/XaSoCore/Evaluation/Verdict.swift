import Foundation

/// How officials judge a figure against its target, in the words of the reference reports.
public enum Verdict: String, Sendable, Codable, CaseIterable, Comparable {
    case exceeded
    case met
    case approaching
    case notMet = "not_met"
    case noTarget = "no_target"
    case noData = "no_data"

    public var vietnamese: String {
        switch self {
        case .exceeded: return "Đạt, vượt mục tiêu"
        case .met: return "Đạt mục tiêu"
        case .approaching: return "Tiệm cận mục tiêu"
        case .notMet: return "Chưa đạt"
        case .noTarget: return "Chưa có mục tiêu"
        case .noData: return "Chưa có số liệu"
        }
    }

    /// Met or better.
    public var isAchieved: Bool { self == .exceeded || self == .met }

    private var rank: Int { Verdict.allCases.firstIndex(of: self)! }
    public static func < (a: Verdict, b: Verdict) -> Bool { a.rank < b.rank }
}

/// Which way a figure moved since the previous period, judged by the indicator's direction.
public enum Trend: String, Sendable, Codable {
    case improved
    case unchanged
    case worsened
}
